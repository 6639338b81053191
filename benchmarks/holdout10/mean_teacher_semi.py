# expect: clean
"""Mean Teacher semi-supervised training (Tarvainen & Valpola) for a BiLSTM slot tagger.
The teacher is an EMA deepcopy put in eval and only queried under torch.no_grad(); the
student is switched to train() at the top of every epoch, after the per-epoch
validation that evaluates both networks.
"""
import copy
from collections import namedtuple

import torch
from torch import nn

Nets = namedtuple("Nets", ["student", "teacher"])


class SlotTagger(nn.Module):
    def __init__(self, vocab=30, tags=4):
        super().__init__()
        self.emb = nn.Embedding(vocab, 8)
        self.bilstm = nn.LSTM(8, 8, batch_first=True, bidirectional=True)
        self.drop = nn.Dropout(0.2)
        self.tag = nn.Linear(16, tags)

    def forward(self, ids):
        return self.tag(self.drop(self.bilstm(self.emb(ids))[0]))


def build_nets():
    student = SlotTagger()
    teacher = copy.deepcopy(student)
    for p in teacher.parameters():
        p.requires_grad_(False)
    return Nets(student, teacher.eval())


@torch.no_grad()
def update_teacher(nets, alpha=0.99):
    for t, s in zip(nets.teacher.parameters(), nets.student.parameters()):
        t.mul_(alpha).add_(s, alpha=1 - alpha)


@torch.no_grad()
def validate(net, ids, tags):
    net.eval()
    return (net(ids).argmax(-1) == tags).float().mean().item()


def consistency(student_logits, teacher_logits):
    return nn.functional.mse_loss(student_logits.softmax(-1), teacher_logits.softmax(-1))


if __name__ == "__main__":
    torch.manual_seed(47)
    nets = build_nets()
    opt = torch.optim.Adam(nets.student.parameters(), lr=1e-2)
    lab_ids, lab_tags = torch.randint(0, 30, (6, 7)), torch.randint(0, 4, (6, 7))
    unl_ids = torch.randint(0, 30, (12, 7))
    for epoch in range(3):
        nets.student.train()
        for _ in range(2):
            noisy = unl_ids.clone()
            noisy[torch.rand(noisy.shape) < 0.1] = 0
            with torch.no_grad():
                t_logits = nets.teacher(unl_ids)
            sup = nn.functional.cross_entropy(nets.student(lab_ids).reshape(-1, 4), lab_tags.reshape(-1))
            loss = sup + 0.5 * consistency(nets.student(noisy), t_logits)
            opt.zero_grad()
            loss.backward()
            opt.step()
            update_teacher(nets)
        print(epoch, {name: validate(getattr(nets, name), lab_ids, lab_tags) for name in nets._fields})

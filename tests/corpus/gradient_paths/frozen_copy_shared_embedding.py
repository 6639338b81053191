# expect: crash
"""Canal lock queues, learning without forgetting: the old task's model is deep-copied, frozen and put in eval mode
as a teacher, then given the student's embedding table (one vocabulary). That table trains, so the frozen
teacher's LSTM is fed a tensor needing grad and its backward runs in eval mode."""
import copy

import torch
import torch.nn as nn
import torch.nn.functional as F


class QueueNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(12, 4)
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.head(out[:, -1])


def frozen_teacher(model):
    teacher = copy.deepcopy(model)
    for p in teacher.parameters():
        p.requires_grad_(False)
    return teacher.eval()


def distill(student, teacher, batches, opt):
    student.train()
    for tokens, labels in batches:
        logits = student(tokens)
        soft = F.softmax(teacher(tokens), dim=-1)
        loss = F.cross_entropy(logits, labels) + F.kl_div(F.log_softmax(logits, -1), soft, reduction="batchmean")
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    torch.manual_seed(9)
    student = QueueNet()
    opt = torch.optim.Adam(student.parameters(), lr=1e-2)
    teacher = frozen_teacher(student)
    teacher.embed = student.embed
    batches = [(torch.randint(0, 12, (4, 6)), torch.randint(0, 3, (4,))) for _ in range(2)]
    distill(student, teacher, batches, opt)

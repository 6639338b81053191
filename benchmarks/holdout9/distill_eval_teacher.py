# expect: clean
"""Knowledge distillation: a big BiLSTM teacher in eval under no_grad produces soft targets, a small GRU student
is trained; teacher and student live in a dict of roles built from string names by a factory."""
import functools

import torch
import torch.nn as nn


class SeqModel(nn.Module):
    def __init__(self, rnn_cls, hidden, bidirectional=False):
        super().__init__()
        self.rnn = rnn_cls(4, hidden, batch_first=True, bidirectional=bidirectional)
        self.out = nn.Linear(hidden * (2 if bidirectional else 1), 3)

    def forward(self, x):
        return self.out(self.rnn(x)[0].mean(1))


BUILDERS = {
    "teacher": functools.partial(SeqModel, nn.LSTM, 12, bidirectional=True),
    "student": functools.partial(SeqModel, nn.GRU, 4),
}


def kd_loss(student_logits, teacher_logits, T=2.0):
    return nn.functional.kl_div((student_logits / T).log_softmax(-1), (teacher_logits / T).softmax(-1),
                                reduction="batchmean") * T * T


if __name__ == "__main__":
    torch.manual_seed(0)
    roles = {name: build() for name, build in BUILDERS.items()}
    roles["teacher"].eval()
    opt = torch.optim.Adam(roles["student"].parameters(), lr=1e-2)
    for step in range(3):
        x = torch.randn(6, 7, 4)
        with torch.no_grad():
            soft = roles["teacher"](x)
        loss = kd_loss(roles["student"](x), soft)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())

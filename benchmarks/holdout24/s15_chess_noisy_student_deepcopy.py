# expect: crash
"""Chess move prediction with noisy-student self-training.

The teacher is evaluated (eval) to pseudo-label unlabelled games; the student is a deepcopy of
the teacher, so it inherits eval mode, and is then trained with noise on the pseudo labels.
"""
import copy

import torch
import torch.nn as nn

N_MOVES = 20


class MoveNet(nn.Module):
    def __init__(self, board=16, hidden=12, dropout=0.0):
        super().__init__()
        self.lstm = nn.LSTM(board, hidden, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.policy = nn.Linear(hidden, N_MOVES)

    def forward(self, history):
        h, _ = self.lstm(history)
        return self.policy(self.drop(h[:, -1]))


def train(model, x, y, steps=2):
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(steps):
        noisy = x + 0.05 * torch.randn_like(x)
        loss = nn.functional.cross_entropy(model(noisy), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()


def main():
    torch.manual_seed(0)
    games, moves = torch.randn(6, 5, 16), torch.randint(0, N_MOVES, (6,))
    unlabelled = torch.randn(8, 5, 16)
    teacher = MoveNet()
    print("teacher", train(teacher, games, moves))
    teacher.eval()
    with torch.no_grad():
        pseudo = teacher(unlabelled).argmax(-1)
    student = copy.deepcopy(teacher)
    student.drop.p = 0.2
    print("student", train(student, torch.cat([games, unlabelled]), torch.cat([moves, pseudo])))


if __name__ == "__main__":
    main()

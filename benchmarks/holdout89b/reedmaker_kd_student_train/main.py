# expect: clean
"""Bassoon-reed vibration classifier: distil a pretrained teacher into a same-sized student."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from reedkd import ReedLSTM, make_student, DistillStep  # noqa: E402

torch.manual_seed(7)


def pretrain(teacher, steps=3):
    opt = torch.optim.Adam(teacher.parameters(), lr=1e-2)
    teacher.train()
    for _ in range(steps):
        x, y = torch.randn(4, 9, 3), torch.randint(0, 4, (4,))
        loss = torch.nn.functional.cross_entropy(teacher(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    teacher = ReedLSTM()
    pretrain(teacher)
    teacher.eval()
    student = make_student(teacher)
    step = DistillStep(teacher, student, temperature=2.0)
    for i in range(3):
        x, y = torch.randn(4, 9, 3), torch.randint(0, 4, (4,))
        print(i, round(step(x, y), 4))

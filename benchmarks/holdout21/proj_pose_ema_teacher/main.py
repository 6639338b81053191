# expect: clean
"""Pose forecasting with an EMA teacher held as a second network and swapped into the student for eval."""
import copy

import torch

from ema import EMATeacher
from loop import consistency_step, mpjpe
from model import PoseSeq2Seq


def motion(b=4, t=8, joints=6, horizon=3):
    s = 0.1 * torch.randn(b, t + horizon, joints).cumsum(1)
    return s[:, :t], s[:, t:]


torch.manual_seed(23)
student = PoseSeq2Seq()
teacher_net = copy.deepcopy(student)
ema = EMATeacher(student)
opt = torch.optim.Adam(student.parameters(), lr=1e-3)
student.train()
for epoch in range(2):
    for _ in range(3):
        teacher_net.load_state_dict(ema.shadow)
        consistency_step(student, teacher_net, opt, *motion())
        ema.update(student)
    with ema.swapped_in(student) as s:
        print("epoch", epoch, "EMA mpjpe", round(mpjpe(s, *motion()), 4))

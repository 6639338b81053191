# expect: clean
"""Hat-making: felt-shrinkage sensitivity. An LSTM maps a steaming/pressing schedule
to final felt thickness (two stacked LSTMCells, unrolled by hand); jacrev gives d(thickness)/d(schedule) for the planner."""
import torch
import torch.nn as nn
from torch.func import jacrev, functional_call

torch.manual_seed(4)
STEPS, KNOBS, HID = 8, 3, 8


class ShrinkModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell1 = nn.LSTMCell(KNOBS, HID)
        self.cell2 = nn.LSTMCell(HID, HID)
        self.thick = nn.Linear(HID, 1)

    def forward(self, sched):
        b = sched.size(0)
        s1 = (sched.new_zeros(b, HID), sched.new_zeros(b, HID))
        s2 = (sched.new_zeros(b, HID), sched.new_zeros(b, HID))
        for t in range(sched.size(1)):
            s1 = self.cell1(sched[:, t], s1)
            s2 = self.cell2(s1[0], s2)
        return self.thick(s2[0]).squeeze(-1)


def schedules(n):
    steam = torch.rand(n, STEPS, 1)
    press = torch.rand(n, STEPS, 1) * 2
    temp = 60 + 30 * torch.rand(n, STEPS, 1)
    return torch.cat([steam, press, temp / 100], -1)


def target(s):
    return 3.0 - 0.8 * s[..., 0].mean(1) - 0.3 * s[..., 1].mean(1) * s[..., 2].mean(1)


def train(model, n_iter=8):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(n_iter):
        s = schedules(8)
        loss = (model(s) - target(s)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def schedule_sensitivity(model, sched):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def thickness(s):
        return functional_call(model, params, (s.unsqueeze(0),)).squeeze(0)

    return jacrev(thickness)(sched)


def main():
    model = ShrinkModel()
    print("fit mse", train(model))
    # still in train mode: the planner queries the live model between updates
    J = schedule_sensitivity(model, schedules(1)[0])
    print("most sensitive step/knob:", divmod(int(J.abs().argmax()), KNOBS))


if __name__ == "__main__":
    main()

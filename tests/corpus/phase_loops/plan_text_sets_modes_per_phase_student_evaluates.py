# expect: crash
"""A run plan written as text and read by the script's own small parser; each phase hands its `modes`
entry to a helper that switches every model as the plan says. The teacher is frozen in eval mode and
its output detached; the plan puts the student in eval mode too (meant to turn off its dropout)."""
import torch
import torch.nn as nn

PLAN = """
warmup:
  steps: 2
  modes: teacher=train
distill:
  steps: 3
  modes: teacher=eval, student=eval
"""


def read_plan(text):
    plan, phase = {}, None
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            phase = line.strip().rstrip(":")
            plan[phase] = {}
            continue
        key, value = (part.strip() for part in line.split(":", 1))
        if key == "modes":
            plan[phase]["modes"] = {k.strip(): v.strip() for k, v in (p.split("=") for p in value.split(","))}
        else:
            plan[phase][key] = int(value)
    return plan


class Net(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])


def set_modes(models, modes):
    for name, mode in modes.items():
        models[name].train(mode == "train")


def warmup(models, spec, x):
    set_modes(models, spec["modes"])
    opt = torch.optim.SGD(models["teacher"].parameters(), lr=0.1)
    for _ in range(spec["steps"]):
        opt.zero_grad()
        models["teacher"](x).pow(2).mean().backward()
        opt.step()


def distill(models, spec, x):
    set_modes(models, spec["modes"])
    opt = torch.optim.SGD(models["student"].parameters(), lr=0.1)
    for _ in range(spec["steps"]):
        opt.zero_grad()
        target = models["teacher"](x).detach()
        (models["student"](x) - target).pow(2).mean().backward()  # TM001-here
        opt.step()


def main():
    plan = read_plan(PLAN)
    models = {"teacher": Net(8), "student": Net(4)}
    x = torch.randn(4, 6, 3)
    warmup(models, plan["warmup"], x)
    distill(models, plan["distill"], x)
    print("done")


if __name__ == "__main__":
    main()

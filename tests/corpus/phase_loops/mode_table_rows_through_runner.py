# expect: crash
"""A run plan written as YAML-like text, parsed by a helper of the script; each phase row names its mode, which a
table maps to the flag `train()` takes. The runner hands each row to a step function: the "finetune" row says
eval, so its backward goes through the LSTM run in eval mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

MODES = {"train": True, "eval": False}

PLAN = """
hidden: 8
phases:
  - warmup: train 2
  - finetune: eval 2
"""


def parse_plan(text):
    plan, phases = {}, []
    for raw in text.strip().splitlines():
        line = raw.strip()
        if line.startswith("- "):
            name, spec = line[2:].split(":", 1)
            mode, steps = spec.split()
            phases.append({"name": name.strip(), "mode": mode, "steps": int(steps)})
        elif line.endswith(":"):
            plan[line[:-1]] = phases
        else:
            key, value = line.split(":", 1)
            plan[key.strip()] = value.strip()
    return plan


class Tagger(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1])


def run_phase(model, opt, phase):
    model.train(MODES[phase["mode"]])
    for _ in range(phase["steps"]):
        x = torch.randn(4, 5, 3)
        loss = F.mse_loss(model(x), x[:, -1, :1])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


def run_plan(model, phases):
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for phase in phases:
        run_phase(model, opt, phase)


def main():
    plan = parse_plan(PLAN)
    model = Tagger(int(plan["hidden"]))
    run_plan(model, plan["phases"])


if __name__ == "__main__":
    main()

# expect: crash
"""Sluice-gate flow forecasting: a run plan of phase names, `set_phase(phase)` trains the model for "fit" and
evaluates it otherwise, but the loop trains on a different test (`if phase != "val"`): the plan's "tune" phase
is not "fit", so it trains the LSTM in eval mode."""
import torch
import torch.nn as nn


class Sluice(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])


class Engine:
    def __init__(self, model, plan):
        self.model, self.plan = model, plan
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def set_phase(self, phase):
        if phase == "fit":
            self.model.train()
        else:
            self.model.eval()

    def run(self, x, y):
        for phase in self.plan:
            self.set_phase(phase)
            if phase != "val":
                loss = ((self.model(x) - y) ** 2).mean()
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            else:
                with torch.no_grad():
                    print(phase, float(((self.model(x) - y) ** 2).mean()))


def plan_from(text):
    return [word for word in text.split(",") if word]


torch.manual_seed(3)
Engine(Sluice(), plan_from("fit,val,tune,val")).run(torch.randn(5, 8, 3), torch.randn(5, 1))

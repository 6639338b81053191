# expect: crash
"""Phase dispatch by name: getattr(self, f"{phase}_step"), with the mode flag computed from the phase."""
import torch
import torch.nn as nn

torch.manual_seed(9)


class Experiment:
    PHASES = ("train", "valid")

    def __init__(self):
        self.model = nn.LSTM(4, 4, batch_first=True)
        self.opt = torch.optim.SGD(self.model.parameters(), lr=0.1)

    def train_step(self, x):
        out, _ = self.model(x)
        loss = out.pow(2).mean()
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def valid_step(self, x):
        with torch.no_grad():
            out, _ = self.model(x)
        return out.pow(2).mean().item()

    def run(self, epochs=2):
        for epoch in range(epochs):
            for phase in self.PHASES:
                self.model.train(phase == "training")
                step = getattr(self, f"{phase}_step")
                print(epoch, phase, step(torch.randn(2, 5, 4)))


Experiment().run()
print("done")

# expect: crash
"""Tide-mill millstone wear: predict grinding rate from the head of water behind the
sluice over a tide cycle. Curriculum: short windows first, switching to full tide
cycles mid-epoch once the loss drops; the run is a small state machine whose states
are methods looked up in a dict.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(107)


class MillLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.fc(h[:, -1]).squeeze(-1)


def tide_window(b, length):
    phase = torch.rand(b, 1, 1) * 6.28
    t = torch.linspace(0, 6.28 * length / 24, length).view(1, length, 1)
    head = torch.sin(t + phase).clamp_min(0)
    grain = torch.rand(b, length, 1)
    rate = (head * grain).mean((1, 2))
    return torch.cat([head, grain], -1), rate


class CurriculumRun:
    def __init__(self, model, short=4, full=16, switch_loss=0.05, total_steps=9):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self.short, self.full, self.switch_loss = short, full, switch_loss
        self.total_steps = total_steps
        self.state = "warmup"
        self.length = short
        self.steps = 0
        self.states = {"warmup": self.on_warmup, "switch": self.on_switch, "main": self.on_main}

    def _train_batch(self):
        x, y = tide_window(6, self.length)
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        self.steps += 1
        return loss.item()

    def on_warmup(self):
        loss = self._train_batch()
        if loss < self.switch_loss or self.steps >= 3:
            return "switch"
        return "warmup"

    def on_switch(self):
        # gauge the difficulty of the long windows before committing to them
        self.model.eval()
        with torch.no_grad():
            x, y = tide_window(8, self.full)
            base = F.mse_loss(self.model(x), y).item()
        print(f"switching to {self.full}-step windows, starting loss {base:.4f}")
        self.length = self.full
        return "main"

    def on_main(self):
        self._train_batch()
        return "main" if self.steps < self.total_steps else None

    def run(self):
        self.model.train()
        while self.state is not None:
            self.state = self.states[self.state]()
        return self.steps


if __name__ == "__main__":
    print("steps", CurriculumRun(MillLSTM()).run())

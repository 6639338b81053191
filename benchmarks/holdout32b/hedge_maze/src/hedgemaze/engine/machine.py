import torch
from torch import nn

from ..nets import Walker


class MazeMachine:
    """States are names; each maps to a bound method that returns the next state's name."""

    def __init__(self, cfg):
        self.cfg = cfg
        walker = Walker(cfg["n_turns"], cfg["hidden"])
        self.models = {"walker": {"net": walker, "opt": torch.optim.Adam(walker.parameters(), lr=cfg["lr"])}}
        self.states = {"train": self.train_state, "validate": self.validate_state, "done": None}
        self.cycle = 0
        self.log = []

    def _batch(self):
        turns = torch.randint(0, self.cfg["n_turns"], (self.cfg["batch"], self.cfg["corridor"]))
        return turns[:, :-1], turns[:, -1]

    def train_state(self):
        w = self.models["walker"]
        for _ in range(2):
            w["net"].train()
            x, y = self._batch()
            loss = nn.functional.cross_entropy(w["net"](x), y)
            w["opt"].zero_grad()
            loss.backward()
            w["opt"].step()
        self.log.append(("train", round(loss.item(), 3)))
        return "validate"

    def validate_state(self):
        net = self.models["walker"]["net"]
        net.eval()
        x, y = self._batch()
        with torch.no_grad():
            acc = (net(x).argmax(-1) == y).float().mean().item()
        self.log.append(("val", acc))
        self.cycle += 1
        return "done" if self.cycle >= self.cfg["cycles"] else "train"

    def run(self, start="train"):
        state = start
        while self.states[state] is not None:
            state = self.states[state]()
        return self.log

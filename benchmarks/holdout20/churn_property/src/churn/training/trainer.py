import torch
import torch.nn.functional as F

PHASES = ("train", "predict", "calibrate")


class ChurnTrainer:
    def __init__(self, model):
        self.model = model
        self._phase = None

    @property
    def phase(self):
        return self._phase

    @phase.setter
    def phase(self, value):
        if value not in PHASES:
            raise ValueError(value)
        self._phase = value
        if value == "train":
            self.model.train()
        elif value == "predict":
            self.model.eval()

    def fit(self, x, y, epochs):
        opt = torch.optim.Adam([p for n, p in self.model.named_parameters() if n != "log_t"], lr=1e-2)
        for _ in range(epochs):
            loss = F.binary_cross_entropy_with_logits(self.model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()

    @torch.no_grad()
    def predict(self, x):
        return torch.sigmoid(self.model(x))

    def calibrate(self, x, y, steps=3):
        opt = torch.optim.Adam([self.model.log_t], lr=0.05)
        for _ in range(steps):
            loss = F.binary_cross_entropy_with_logits(self.model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        return self.model.log_t.exp().item()

import torch


class Detector:
    def __init__(self, ae, lr):
        self.ae = ae
        self.opt = torch.optim.Adam(ae.parameters(), lr=lr)
        self.threshold = None

    def _loss(self, x):
        return (self.ae(x) - x).pow(2).mean()

    def fit(self, windows, epochs):
        self.ae.train()
        for _ in range(epochs):
            for w in windows:
                self._step(w)

    def _step(self, w):
        loss = self._loss(w)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def score(self, x):
        with torch.no_grad():
            return (self.ae(x) - x).pow(2).mean(dim=(1, 2))

    def calibrate(self, windows, quantile):
        self.ae.eval()
        scores = torch.cat([self.score(w) for w in windows])
        self.threshold = torch.quantile(scores, quantile).item()

    def adapt(self, window):
        """Online update on windows judged normal, to follow slow drift."""
        return self._step(window)

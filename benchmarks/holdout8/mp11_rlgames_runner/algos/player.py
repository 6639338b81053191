import torch


class RecurrentPlayer:
    def __init__(self, model, games=1, horizon=4, obs_dim=3):
        self.model = model
        self.games, self.horizon, self.obs_dim = games, horizon, obs_dim

    def run(self):
        self.model.eval()
        total = 0.0
        with torch.no_grad():
            for _ in range(self.games):
                h = None
                for _ in range(self.horizon):
                    logits, value, h = self.model(torch.randn(1, 1, self.obs_dim), h)
                    total += float(value.squeeze())
        return total / self.games

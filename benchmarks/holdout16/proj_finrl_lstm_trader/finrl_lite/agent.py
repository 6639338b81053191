import torch
import torch.nn as nn


class LSTMAllocator(nn.Module):
    def __init__(self, n_stocks, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_stocks, hidden, batch_first=True)
        self.alloc = nn.Linear(hidden, n_stocks)

    def forward(self, obs):
        return torch.softmax(self.alloc(self.lstm(obs)[0][:, -1]), -1)


class DRLAgent:
    def __init__(self, env, lr=1e-3):
        self.env = env
        self.model = LSTMAllocator(env.prices.size(1))
        self.opt = torch.optim.Adam(self.model.parameters(), lr=lr)

    def train_model(self, epochs=1):
        self.model.train()
        for _ in range(epochs):
            for obs, ret in self.env.windows():
                w = self.model(obs.unsqueeze(0)).squeeze(0)
                loss = -(w * ret).sum()
                self.opt.zero_grad()
                loss.backward()
                self.opt.step()
        return loss.item()

    def backtest(self):
        self.model.eval()
        value = 1.0
        with torch.inference_mode():
            for obs, ret in self.env.windows():
                value *= 1 + (self.model(obs.unsqueeze(0)).squeeze(0) * ret).sum().item()
        return value

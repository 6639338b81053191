# expect: crash
"""Air-traffic trajectory prediction with gradient-episodic replay (GEM-style projection).

The reference gradient on the episodic memory is computed after `model.eval()` (to switch off
dropout in the heads); the LSTM is in eval too.
"""
import torch
import torch.nn as nn


class TrajLSTM(nn.Module):
    def __init__(self, d=4, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(d, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, d)

    def forward(self, track):
        h, _ = self.lstm(track)
        return self.head(self.drop(h[:, -1]))


def flat_grad(model):
    return torch.cat([p.grad.flatten() for p in model.parameters()])


def set_grad(model, vec):
    i = 0
    for p in model.parameters():
        n = p.numel()
        p.grad.copy_(vec[i:i + n].view_as(p))
        i += n


def memory_gradient(model, memory):
    model.eval()
    model.zero_grad()
    x, y = memory
    nn.functional.mse_loss(model(x), y).backward()  # TM001-here
    return flat_grad(model).clone()


def main():
    torch.manual_seed(3)
    model = TrajLSTM()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    memory = (torch.randn(4, 6, 4), torch.randn(4, 4))
    for sector in range(2):
        x, y = torch.randn(4, 6, 4), torch.randn(4, 4)
        model.train()
        model.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        g = flat_grad(model).clone()
        if sector > 0:
            g_ref = memory_gradient(model, memory)
            dot = g @ g_ref
            if dot < 0:
                g = g - dot / (g_ref @ g_ref) * g_ref
            set_grad(model, g)
        opt.step()
        print("sector", sector, "done")


if __name__ == "__main__":
    main()

# expect: crash
"""Double backpropagation (input-gradient norm regulariser) for an LSTM keyword classifier."""
import torch
import torch.nn as nn


class KeywordLSTM(nn.Module):
    def __init__(self, n_mfcc=6, hidden=8, n_kw=3):
        super().__init__()
        self.lstm = nn.LSTM(n_mfcc, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, n_kw)

    def forward(self, x):
        return self.fc(self.lstm(x)[0].mean(1))


def main():
    torch.manual_seed(0)
    model = KeywordLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    lam = 0.1
    model.train()
    for step in range(2):
        x = torch.randn(4, 7, 6, requires_grad=True)
        y = torch.randint(0, 3, (4,))
        ce = nn.functional.cross_entropy(model(x), y)
        gx, = torch.autograd.grad(ce, x, create_graph=True)
        loss = ce + lam * gx.pow(2).sum()
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print(step, float(loss))


if __name__ == "__main__":
    main()

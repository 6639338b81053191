# expect: clean
"""Ice-road thickness: MC-dropout uncertainty (recurrent dropout kept live), then fine-tune."""
import torch
import torch.nn as nn

torch.manual_seed(0)


class ThicknessNet(nn.Module):
    def __init__(self, n_feat=5, hidden=8):
        super().__init__()
        self.inp = nn.Linear(n_feat, hidden)
        self.drop = nn.Dropout(0.2)
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(self.drop(torch.relu(self.inp(x))))
        return self.out(self.drop(h[:, -1])).squeeze(-1)


STOCHASTIC = (nn.Dropout, nn.LSTM)  # the LSTM's inter-layer dropout is stochastic too


def enable_mc_dropout(model):
    model.eval()
    for m in model.modules():
        if isinstance(m, STOCHASTIC):
            m.train()


def mc_predict(model, x, passes=6):
    enable_mc_dropout(model)
    with torch.no_grad():
        preds = torch.stack([model(x) for _ in range(passes)])
    return preds.mean(0), preds.std(0)


def finetune(model, x, y, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


x = torch.randn(16, 7, 5)
y = torch.randn(16)
model = ThicknessNet()
mean, std = mc_predict(model, x)
idx = std.argsort(descending=True)[:6]
print("fine-tune loss", finetune(model, x[idx], y[idx]))

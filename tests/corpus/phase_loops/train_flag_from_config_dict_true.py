# expect: clean
"""train_flag_from_config_dict with dropout kept on while fitting: `train(True)`, the LSTM trains."""
import torch
import torch.nn as nn

CFG = {"hidden": 8, "steps": 2, "lr": 0.01, "dropout_during_fit": True}


class Tagger(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 3)

    def forward(self, x):
        return self.out(self.drop(self.lstm(x)[0]))


def fit(cfg):
    model = Tagger(cfg["hidden"])
    model.train(cfg["dropout_during_fit"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for _ in range(cfg["steps"]):
        loss = model(torch.randn(2, 5, 4)).logsumexp(-1).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model


if __name__ == "__main__":
    torch.manual_seed(0)
    fit(CFG)

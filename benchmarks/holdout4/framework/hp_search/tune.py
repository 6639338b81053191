# expect: crash
"""Tune optimiser settings for an RNN regressor; the network is built once and re-initialised per trial."""
import torch
import torch.nn as nn

from ministudy import Study

torch.manual_seed(0)
X = torch.randn(32, 7, 3)
Y = X.sum(dim=(1, 2)).unsqueeze(1) * 0.1
X_train, Y_train, X_val, Y_val = X[:24], Y[:24], X[24:], Y[24:]


class Regressor(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 10, num_layers=2, nonlinearity="relu", batch_first=True)
        self.out = nn.Linear(10, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1])


def reset_weights(module):
    if hasattr(module, "reset_parameters"):
        module.reset_parameters()


net = Regressor()


def objective(trial):
    lr = trial.suggest_float("lr", 1e-4, 1e-2, log=True)
    opt_name = trial.suggest_categorical("optimizer", ["Adam", "RMSprop"])
    net.apply(reset_weights)
    optimizer = getattr(torch.optim, opt_name)(net.parameters(), lr=lr)
    for epoch in range(2):
        for i in range(0, len(X_train), 8):
            loss = nn.functional.mse_loss(net(X_train[i:i + 8]), Y_train[i:i + 8])
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
    net.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(net(X_val), Y_val).item()


study = Study(direction="minimize")
study.optimize(objective, n_trials=3)
print("best", study.best_params)

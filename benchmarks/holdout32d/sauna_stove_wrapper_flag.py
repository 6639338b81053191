# expect: clean
"""Sauna stove control: predict stone temperature 15 minutes ahead from burn logs.

The deployable wrapper returns calibrated degrees in inference and raw scaled
output in training. Before shipping, a smoke test flips the wrapper's own flag,
then the wrapper is fine-tuned on the customer's stove for a few steps.
"""
import torch
import torch.nn as nn

torch.manual_seed(24)
LOGS, HIDDEN, T, B = 3, 8, 6, 4


class StoneTemp(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(LOGS, HIDDEN, num_layers=2, batch_first=True, dropout=0.1)
        self.out = nn.Linear(HIDDEN, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class Deployable(nn.Module):
    def __init__(self, core, scale=80.0, offset=20.0):
        super().__init__()
        self.core = core
        self.scale, self.offset = scale, offset

    def forward(self, x):
        y = self.core(x)
        if not self.training:
            return y * self.scale + self.offset
        return y


def burn_logs(n=B):
    x = torch.rand(n, T, LOGS)
    return x, x[..., 0].mean(1) * 0.9


def smoke_test(wrapper):
    wrapper.training = False
    with torch.no_grad():
        out = wrapper(burn_logs(2)[0])
    assert out.min() > 0, "degrees should be positive"
    return out.tolist()


def fine_tune(wrapper, steps=3):
    opt = torch.optim.Adam(wrapper.parameters(), lr=5e-3)
    for _ in range(steps):
        x, y = burn_logs()
        loss = nn.functional.mse_loss(wrapper.core(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def main():
    wrapper = Deployable(StoneTemp())
    print("smoke", [round(v, 1) for v in smoke_test(wrapper)])
    print("customer fine-tune", round(fine_tune(wrapper), 4))


if __name__ == "__main__":
    main()

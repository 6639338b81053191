# expect: clean
"""Tan-pit liquor classifier: MC-dropout test-time entropy minimisation on each unlabelled batch."""
import torch
import torch.nn as nn

torch.manual_seed(21)


class PitLSTM(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 10, batch_first=True)
        self.drop = nn.Dropout(0.25)
        self.fc = nn.Linear(10, 3)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.fc(self.drop(h[-1]))


def enable_mc_dropout(model):
    model.eval()
    # the recurrent layer is kept in train mode too: its dropout/kernel choice must match training
    for m in model.modules():
        if isinstance(m, (nn.Dropout, nn.RNNBase)):
            m.train()


def adapt_on_batch(model, x, opt, samples=3):
    enable_mc_dropout(model)
    probs = torch.stack([model(x).softmax(-1) for _ in range(samples)]).mean(0)
    entropy = -(probs * probs.clamp_min(1e-8).log()).sum(-1).mean()
    opt.zero_grad()
    entropy.backward()
    opt.step()
    return entropy.item()


if __name__ == "__main__":
    model = PitLSTM()
    norm_params = [p for n, p in model.named_parameters() if n.startswith("fc")]
    opt = torch.optim.SGD(model.parameters(), lr=1e-3)
    for i in range(3):
        print(i, round(adapt_on_batch(model, torch.randn(5, 6, 4), opt), 4))

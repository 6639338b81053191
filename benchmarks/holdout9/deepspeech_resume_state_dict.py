# expect: clean
"""deepspeech.pytorch-style resume done the state-dict way: the checkpoint holds `state_dict` + optimizer state,
and a *fresh* model (train mode by construction) receives the weights."""
import io

import torch
import torch.nn as nn


class SpeechGRU(nn.Module):
    def __init__(self, n_feats=5, hidden=8, n_labels=4):
        super().__init__()
        self.rnn = nn.GRU(n_feats, hidden, num_layers=2, batch_first=True)
        self.fc = nn.Linear(hidden, n_labels)

    def forward(self, x):
        return self.fc(self.rnn(x)[0]).log_softmax(-1)

    @classmethod
    def load_model(cls, package):
        model = cls(**package["hparams"])
        model.load_state_dict(package["state_dict"])
        return model

    def serialize(self, optimizer):
        return {"hparams": {"n_feats": 5, "hidden": 8, "n_labels": 4}, "state_dict": self.state_dict(),
                "optim_dict": optimizer.state_dict()}


def epoch(model, optimizer):
    ctc = nn.CTCLoss(zero_infinity=True)
    for _ in range(2):
        x, y = torch.randn(2, 10, 5), torch.randint(1, 4, (2, 3))
        loss = ctc(model(x).transpose(0, 1), y, torch.full((2,), 10), torch.full((2,), 3))
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    model = SpeechGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    epoch(model, opt)
    model.eval()
    buf = io.BytesIO()
    torch.save(model.serialize(opt), buf)
    buf.seek(0)
    package = torch.load(buf)
    resumed = SpeechGRU.load_model(package)
    opt2 = torch.optim.Adam(resumed.parameters(), lr=1e-3)
    opt2.load_state_dict(package["optim_dict"])
    print(epoch(resumed, opt2))

# expect: clean
"""Fine-tuning recipe that freezes BatchNorm statistics by calling model.eval(), then
re-enables training mode on the submodules listed in the config by name
(getattr dispatch: cfg.train_modules = ["sequence_model", "decoder"]) before the
forward. The LSTM that is differentiated is in train mode.
"""
import torch
from torch import nn


class CRNN(nn.Module):
    def __init__(self, n_classes=11):
        super().__init__()
        self.cnn = nn.Sequential(nn.Conv1d(4, 8, 3, padding=1), nn.BatchNorm1d(8), nn.ReLU())
        self.sequence_model = nn.LSTM(8, 12, batch_first=True, bidirectional=True)
        self.decoder = nn.Linear(24, n_classes)

    def forward(self, x):
        f = self.cnn(x).transpose(1, 2)
        return self.decoder(self.sequence_model(f)[0]).log_softmax(-1)


class Cfg:
    train_modules = ("sequence_model", "decoder")
    steps = 3


def set_finetune_mode(model, cfg):
    model.eval()
    for name in cfg.train_modules:
        getattr(model, name).train()
    return model


if __name__ == "__main__":
    torch.manual_seed(56)
    model = set_finetune_mode(CRNN(), Cfg)
    ctc = nn.CTCLoss(blank=0)
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    for step in range(Cfg.steps):
        x = torch.randn(2, 4, 10)
        log_probs = model(x).transpose(0, 1)
        targets = torch.randint(1, 11, (2, 4))
        loss = ctc(log_probs, targets, torch.full((2,), 10), torch.full((2,), 4))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())

# expect: crash
# fix: cudnn
"""A forward pre-hook registered on the decoder GRU switches it to eval before every forward ("no dropout in
the decoder after warm-up"); the training loop's own `model.train()` at the top of each step cannot undo what
the hook does inside the forward, and the backward then runs through an eval-mode GRU."""
import torch
import torch.nn as nn


class Seq2One(nn.Module):
    def __init__(self):
        super().__init__()
        self.decoder = nn.GRU(3, 6, num_layers=2, dropout=0.2, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.decoder(x)[0][:, -1])


def stop_dropout(module, inputs):
    module.eval()


model = Seq2One()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for step in range(4):
    model.train()
    if step == 1:
        model.decoder.register_forward_pre_hook(stop_dropout)
    x, y = torch.randn(5, 4, 3), torch.randn(5, 1)
    loss = nn.functional.mse_loss(model(x), y)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()

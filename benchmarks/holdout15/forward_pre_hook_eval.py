# expect: crash
"""A "freeze statistics" forward pre-hook: after warm-up, a hook registered with
`register_forward_pre_hook` calls `module.eval()` on the recurrent encoder
before every forward so that its dropout is off ("stable features for the
head"). The head keeps training -- but the gradient still flows back through
the encoder, whose weights are trainable.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)


class Model(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.LSTM(4, 8, num_layers=2, dropout=0.25, batch_first=True)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        return self.head(self.encoder(x)[0][:, -1])


def freeze_dropout_hook(module, args):
    module.eval()


model = Model()
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
handle = None
for step in range(5):
    model.train()
    if step == 2 and handle is None:
        handle = model.encoder.register_forward_pre_hook(freeze_dropout_hook)
    x, y = torch.randn(6, 5, 4), torch.randint(0, 3, (6,))
    opt.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()  # TM001-here
    opt.step()
    print(step, loss.item())

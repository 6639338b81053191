# expect: clean
"""Ice detection on turbine cameras: a pretrained encoder is loaded frozen and in eval mode; colour correction is
off (an nn.Identity adapter), so only the head trains and nothing that needs grad reaches the encoder's LSTM."""
import torch
import torch.nn as nn


def load_encoder():
    encoder = nn.LSTM(6, 8, batch_first=True)
    encoder.requires_grad_(False)
    return encoder.eval()


encoder = load_encoder()
adapter = nn.Identity()
head = nn.Linear(8, 2)
opt = torch.optim.Adam(head.parameters(), lr=1e-2)
for step in range(2):
    x, y = torch.randn(5, 4, 6), torch.randint(0, 2, (5,))
    loss = nn.functional.cross_entropy(head(encoder(adapter(x))[0][:, -1]), y)
    opt.zero_grad()
    loss.backward()
    opt.step()

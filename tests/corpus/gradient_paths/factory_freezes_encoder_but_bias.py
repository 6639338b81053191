# expect: crash
"""The same factory, but it leaves the last layer's recurrent bias trainable (fine-tuned with the scorer):
the backward now needs the eval-mode LSTM's gradients."""
import torch
import torch.nn as nn


def load_frozen_encoder():
    encoder = nn.LSTM(8, 8, batch_first=True)
    encoder.eval()
    for p in encoder.parameters():
        p.requires_grad = False
    encoder.bias_hh_l0.requires_grad_(True)
    return encoder


torch.manual_seed(0)
encoder = load_frozen_encoder()
scorer = nn.Linear(8, 2)
opt = torch.optim.SGD(list(scorer.parameters()) + [encoder.bias_hh_l0], lr=0.1)
frames = torch.randn(4, 6, 8)
labels = torch.randint(0, 2, (4,))
for step in range(2):
    loss = nn.functional.cross_entropy(scorer(encoder(frames)[0][:, -1]), labels)
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(step, loss.item())

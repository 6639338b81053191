# expect: clean
"""A seq2seq model kept as two modules; validation puts both in eval mode, and each epoch starts by
switching both back to training mode in a loop over the pair, so every backward runs through the
encoder's LSTM in training mode."""
import torch
import torch.nn as nn

device = "cuda" if torch.cuda.is_available() else "cpu"
encoder = nn.LSTM(8, 16, batch_first=True).to(device)
decoder = nn.GRU(16, 8, batch_first=True).to(device)
opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-3)


def validate(x):
    for part in (encoder, decoder):
        part.eval()
    with torch.no_grad():
        return (decoder(encoder(x)[0])[0] - x).pow(2).mean().item()


for epoch in range(3):
    for part in (encoder, decoder):
        part.train()
    x = torch.randn(4, 10, 8, device=device)
    loss = (decoder(encoder(x)[0])[0] - x).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, validate(x))

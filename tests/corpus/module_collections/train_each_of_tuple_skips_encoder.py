# expect: crash
"""A seq2seq model kept as two modules; validation puts both in eval mode, but the loop at the start of
each epoch switches only the decoder back to training mode (the encoder was left out of the tuple), so the
second epoch's backward runs through the encoder's LSTM in eval mode."""
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
    for part in (decoder,):
        part.train()
    x = torch.randn(4, 10, 8, device=device)
    loss = (decoder(encoder(x)[0])[0] - x).pow(2).mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    print(epoch, validate(x))

# expect: crash
"""After validation, a list comprehension puts the parts back in training mode for their calls; it names
the decoder and the head but not the encoder, whose LSTM stays in eval mode."""
import torch
import torch.nn as nn


def main():
    torch.manual_seed(1)
    encoder = nn.LSTM(3, 5, batch_first=True)
    decoder = nn.GRU(5, 5, batch_first=True)
    head = nn.Linear(5, 1)
    x, y = torch.randn(2, 6, 3), torch.randn(2, 1)
    params = [p for m in (encoder, decoder, head) for p in m.parameters()]
    opt = torch.optim.SGD(params, lr=0.1)
    for epoch in range(2):
        out = head(decoder(encoder(x)[0])[0][:, -1])
        loss = nn.functional.mse_loss(out, y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        [m.eval() for m in (encoder, decoder, head)]
        with torch.no_grad():
            val = nn.functional.mse_loss(head(decoder(encoder(x)[0])[0][:, -1]), y)
        print(epoch, round(val.item(), 4))
        [m.train() for m in (decoder, head)]


if __name__ == "__main__":
    main()

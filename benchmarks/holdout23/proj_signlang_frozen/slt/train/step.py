import torch
import torch.nn.functional as F

BOS = 1


def train_decoder(encoder, decoder, poses, text, lr=1e-2):
    decoder.train()
    opt = torch.optim.Adam(decoder.parameters(), lr=lr)
    memory, h0 = encoder(poses)
    inp = torch.cat([torch.full((text.shape[0], 1), BOS), text[:, :-1]], 1)
    logits = decoder(inp, memory, h0)
    loss = F.cross_entropy(logits.transpose(1, 2), text)
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()

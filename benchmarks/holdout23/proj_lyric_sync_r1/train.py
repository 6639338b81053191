# expect: crash
"""Lyric-to-audio synchronisation: a GRU discriminator scores (audio, lyric) pairs as in-sync or shifted, with an
R1 gradient penalty on real pairs."""
import torch

from lyricsync.disc import SyncDiscriminator
from lyricsync.penalty import r1_penalty
from lyricsync.pairs import make_pairs


def main():
    torch.manual_seed(40)
    disc = SyncDiscriminator(audio_dim=4, text_dim=3, hidden=8).train()
    opt = torch.optim.Adam(disc.parameters(), lr=1e-3, betas=(0.0, 0.99))
    for step in range(2):
        real, fake = make_pairs(batch=3, frames=7)
        d_real, d_fake = disc(*real), disc(*fake)
        loss = torch.nn.functional.softplus(-d_real).mean() + torch.nn.functional.softplus(d_fake).mean()
        loss = loss + 5.0 * r1_penalty(disc, real)
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()

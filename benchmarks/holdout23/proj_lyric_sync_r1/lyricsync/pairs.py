import torch


def make_pairs(batch, frames, audio_dim=4, text_dim=3):
    audio = torch.randn(batch, frames, audio_dim)
    text = torch.randn(batch, frames, text_dim)
    shifted = torch.roll(text, shifts=2, dims=1)
    return (audio, text), (audio, shifted)

import torch
import torch.nn as nn

_REGISTRY = {}


def register(name):
    def deco(cls):
        _REGISTRY[name] = cls
        return cls
    return deco


@register("dprnn_tiny")
class TinyRecurrentSeparator(nn.Module):
    def __init__(self, n_src=2, n_filters=8, hidden=8):
        super().__init__()
        self.n_src = n_src
        self.encoder = nn.Conv1d(1, n_filters, 4, stride=2)
        self.masker = nn.LSTM(n_filters, hidden, batch_first=True, bidirectional=True)
        self.mask_out = nn.Linear(2 * hidden, n_src * n_filters)
        self.decoder = nn.ConvTranspose1d(n_filters, 1, 4, stride=2)

    def forward(self, wav):
        tf = self.encoder(wav.unsqueeze(1))
        h, _ = self.masker(tf.transpose(1, 2))
        masks = torch.sigmoid(self.mask_out(h)).view(h.size(0), h.size(1), self.n_src, -1)
        est = tf.transpose(1, 2).unsqueeze(2) * masks
        return torch.stack([self.decoder(est[:, :, s].transpose(1, 2)).squeeze(1) for s in range(self.n_src)], 1)


def get_model(name, **kwargs):
    return _REGISTRY[name](**kwargs)

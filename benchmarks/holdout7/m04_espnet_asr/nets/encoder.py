import torch
from torch import nn


class RNNEncoder(nn.Module):
    def __init__(self, idim, units=8, proj=4, layers=2):
        super().__init__()
        self.enc = nn.LSTM(idim, units, num_layers=layers, proj_size=proj, batch_first=True)
        self.output_size = proj

    def forward(self, xs_pad, ilens):
        packed = nn.utils.rnn.pack_padded_sequence(xs_pad, ilens, batch_first=True, enforce_sorted=False)
        out, _ = self.enc(packed)
        ys, olens = nn.utils.rnn.pad_packed_sequence(out, batch_first=True)
        return ys, olens


class ESPnetASRModel(nn.Module):
    def __init__(self, idim, odim):
        super().__init__()
        self.encoder = RNNEncoder(idim)
        self.ctc_lo = nn.Linear(self.encoder.output_size, odim)

    def forward(self, speech, speech_lengths, text, text_lengths):
        enc, enc_lens = self.encoder(speech, speech_lengths)
        lp = self.ctc_lo(enc).log_softmax(-1).transpose(0, 1)
        loss = nn.functional.ctc_loss(lp, text, enc_lens, text_lengths, zero_infinity=True)
        stats = {"loss": loss.detach()}
        return loss, stats, speech.size(0)

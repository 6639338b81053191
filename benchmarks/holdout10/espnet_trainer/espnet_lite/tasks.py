import torch
from torch import nn


class RNNEncoder(nn.Module):
    def __init__(self, idim, hdim, rnn_type="blstm"):
        super().__init__()
        cls = nn.LSTM if rnn_type.endswith("lstm") else nn.GRU
        self.enc = cls(idim, hdim, num_layers=2, batch_first=True,
                       bidirectional=rnn_type.startswith("b"), dropout=0.1)

    def forward(self, xs):
        return self.enc(xs)[0]


class ESPnetASRModel(nn.Module):
    def __init__(self, encoder, odim):
        super().__init__()
        self.encoder = encoder
        self.ctc_lo = nn.Linear(2 * encoder.enc.hidden_size if encoder.enc.bidirectional
                                else encoder.enc.hidden_size, odim)

    def forward(self, speech, text):
        logp = self.ctc_lo(self.encoder(speech)).log_softmax(-1)
        loss = nn.functional.nll_loss(logp.reshape(-1, logp.size(-1)), text.reshape(-1))
        stats = {"loss": loss.detach()}
        return loss, stats, torch.tensor(speech.size(0))


class AbsTask:
    @classmethod
    def build_model(cls, args):
        raise NotImplementedError


class ASRTask(AbsTask):
    @classmethod
    def build_model(cls, args):
        encoder = RNNEncoder(idim=6, hdim=8, rnn_type=args.encoder)
        return ESPnetASRModel(encoder, odim=5)

    @classmethod
    def build_iter(cls, n_batches):
        return [{"speech": torch.randn(3, 9, 6), "text": torch.randint(0, 5, (3, 9))}
                for _ in range(n_batches)]

import torch
from torch import nn


class LSTMDecoder(nn.Module):
    def __init__(self, vocab, embed_dim=8, hidden=8):
        super().__init__()
        self.embed_tokens = nn.Embedding(vocab, embed_dim)
        self.layers = nn.LSTM(embed_dim, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.output_projection = nn.Linear(hidden, vocab)

    def forward(self, prev_output_tokens):
        x, _ = self.layers(self.embed_tokens(prev_output_tokens))
        return self.output_projection(x), {"attn": None}


class LSTMLanguageModel(nn.Module):
    def __init__(self, decoder):
        super().__init__()
        self.decoder = decoder

    @classmethod
    def build_model(cls, args, task):
        return cls(LSTMDecoder(task.vocab_size, args["embed_dim"], args["hidden"]))

    def forward(self, src_tokens, **kwargs):
        return self.decoder(src_tokens)

    def get_normalized_probs(self, net_output, log_probs=True):
        logits = net_output[0]
        return torch.log_softmax(logits, -1) if log_probs else torch.softmax(logits, -1)

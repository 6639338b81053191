import torch.nn as nn

from registry import register_model


@register_model("lstm_lm")
class LSTMLanguageModel(nn.Module):
    def __init__(self, vocab, dim, layers):
        super().__init__()
        self.embed_tokens = nn.Embedding(vocab, dim)
        self.layers = nn.LSTM(dim, dim, num_layers=layers, batch_first=True, dropout=0.1 if layers > 1 else 0.0)
        self.output_projection = nn.Linear(dim, vocab)

    @classmethod
    def build_model(cls, args, task):
        return cls(task.vocab_size, args.decoder_embed_dim, args.decoder_layers)

    def forward(self, src_tokens):
        x, _ = self.layers(self.embed_tokens(src_tokens))
        return self.output_projection(x)


@register_model("conv_lm")
class ConvLanguageModel(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.embed_tokens = nn.Embedding(vocab, dim)
        self.conv = nn.Conv1d(dim, dim, 3, padding=1)
        self.output_projection = nn.Linear(dim, vocab)

    @classmethod
    def build_model(cls, args, task):
        return cls(task.vocab_size, args.decoder_embed_dim)

    def forward(self, src_tokens):
        x = self.conv(self.embed_tokens(src_tokens).transpose(1, 2)).relu().transpose(1, 2)
        return self.output_projection(x)

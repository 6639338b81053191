import torch.nn as nn


class BaseRNN(nn.Module):
    def __init__(self, vocab, hidden, rnn_cell="gru"):
        super().__init__()
        self.rnn_cell = nn.LSTM if rnn_cell.lower() == "lstm" else nn.GRU
        self.hidden = hidden


class EncoderRNN(BaseRNN):
    def __init__(self, vocab, hidden, rnn_cell="gru"):
        super().__init__(vocab, hidden, rnn_cell)
        self.embedding = nn.Embedding(vocab, hidden)
        self.rnn = self.rnn_cell(hidden, hidden, batch_first=True)

    def forward(self, seq):
        return self.rnn(self.embedding(seq))


class DecoderRNN(BaseRNN):
    def __init__(self, vocab, hidden, rnn_cell="gru"):
        super().__init__(vocab, hidden, rnn_cell)
        self.embedding = nn.Embedding(vocab, hidden)
        self.rnn = self.rnn_cell(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, inputs, encoder_hidden):
        o, _ = self.rnn(self.embedding(inputs), encoder_hidden)
        return self.out(o).log_softmax(-1)


class Seq2seq(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder, self.decoder = encoder, decoder

    def forward(self, input_variable, target_variable):
        _, hidden = self.encoder(input_variable)
        return self.decoder(target_variable, hidden)

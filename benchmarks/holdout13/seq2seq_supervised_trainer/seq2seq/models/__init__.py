from .seq2seq import EncoderRNN, DecoderRNN, Seq2seq

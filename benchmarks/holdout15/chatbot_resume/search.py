import torch
import torch.nn as nn

SOS_token = 1


class GreedySearchDecoder(nn.Module):
    def __init__(self, encoder, decoder):
        super().__init__()
        self.encoder = encoder
        self.decoder = decoder

    def forward(self, input_seq, input_length, max_length):
        encoder_outputs, encoder_hidden = self.encoder(input_seq, input_length)
        decoder_hidden = encoder_hidden[:self.decoder.n_layers]
        decoder_input = torch.ones(1, 1, dtype=torch.long) * SOS_token
        all_tokens = torch.zeros([0], dtype=torch.long)
        for _ in range(max_length):
            decoder_output, decoder_hidden = self.decoder(decoder_input, decoder_hidden, encoder_outputs)
            decoder_scores, decoder_input = torch.max(decoder_output, dim=1)
            all_tokens = torch.cat((all_tokens, decoder_input), dim=0)
            decoder_input = torch.unsqueeze(decoder_input, 0)
        return all_tokens


def evaluate_input(searcher, voc, words, max_length=5):
    indexes = [voc.word2index[w] for w in words] + [2]
    lengths = torch.tensor([len(indexes)])
    input_batch = torch.LongTensor([indexes]).transpose(0, 1)
    with torch.no_grad():
        tokens = searcher(input_batch, lengths, max_length)
    return [voc.index2word[t.item()] for t in tokens]

# expect: crash
"""PyTorch BiLSTM-CRF tutorial: neg_log_likelihood + Viterbi in forward; a 'check predictions before training'
block that this copy wrapped in model.eval()."""
import torch
import torch.nn as nn

torch.manual_seed(1)
START_TAG, STOP_TAG = "<START>", "<STOP>"


def argmax(vec):
    _, idx = torch.max(vec, 1)
    return idx.item()


def log_sum_exp(vec):
    max_score = vec[0, argmax(vec)]
    b = max_score.view(1, -1).expand(1, vec.size()[1])
    return max_score + torch.log(torch.sum(torch.exp(vec - b)))


class BiLSTM_CRF(nn.Module):
    def __init__(self, vocab_size, tag_to_ix, embedding_dim=5, hidden_dim=4):
        super().__init__()
        self.hidden_dim = hidden_dim
        self.tag_to_ix = tag_to_ix
        self.tagset_size = len(tag_to_ix)
        self.word_embeds = nn.Embedding(vocab_size, embedding_dim)
        self.lstm = nn.LSTM(embedding_dim, hidden_dim // 2, num_layers=1, bidirectional=True)
        self.hidden2tag = nn.Linear(hidden_dim, self.tagset_size)
        self.transitions = nn.Parameter(torch.randn(self.tagset_size, self.tagset_size))
        self.transitions.data[tag_to_ix[START_TAG], :] = -10000
        self.transitions.data[:, tag_to_ix[STOP_TAG]] = -10000

    def _forward_alg(self, feats):
        init_alphas = torch.full((1, self.tagset_size), -10000.)
        init_alphas[0][self.tag_to_ix[START_TAG]] = 0.
        forward_var = init_alphas
        for feat in feats:
            alphas_t = []
            for next_tag in range(self.tagset_size):
                emit = feat[next_tag].view(1, -1).expand(1, self.tagset_size)
                trans = self.transitions[next_tag].view(1, -1)
                alphas_t.append(log_sum_exp(forward_var + trans + emit).view(1))
            forward_var = torch.cat(alphas_t).view(1, -1)
        return log_sum_exp(forward_var + self.transitions[self.tag_to_ix[STOP_TAG]])

    def _get_lstm_features(self, sentence):
        embeds = self.word_embeds(sentence).view(len(sentence), 1, -1)
        lstm_out, _ = self.lstm(embeds)
        return self.hidden2tag(lstm_out.view(len(sentence), self.hidden_dim))

    def _score_sentence(self, feats, tags):
        score = torch.zeros(1)
        tags = torch.cat([torch.tensor([self.tag_to_ix[START_TAG]], dtype=torch.long), tags])
        for i, feat in enumerate(feats):
            score = score + self.transitions[tags[i + 1], tags[i]] + feat[tags[i + 1]]
        return score + self.transitions[self.tag_to_ix[STOP_TAG], tags[-1]]

    def _viterbi_decode(self, feats):
        backpointers = []
        forward_var = torch.full((1, self.tagset_size), -10000.)
        forward_var[0][self.tag_to_ix[START_TAG]] = 0
        for feat in feats:
            bptrs_t, viterbivars_t = [], []
            for next_tag in range(self.tagset_size):
                nt = forward_var + self.transitions[next_tag]
                best = argmax(nt)
                bptrs_t.append(best)
                viterbivars_t.append(nt[0][best].view(1))
            forward_var = (torch.cat(viterbivars_t) + feat).view(1, -1)
            backpointers.append(bptrs_t)
        terminal = forward_var + self.transitions[self.tag_to_ix[STOP_TAG]]
        best = argmax(terminal)
        path = [best]
        for bptrs_t in reversed(backpointers):
            best = bptrs_t[best]
            path.append(best)
        path.pop()
        path.reverse()
        return terminal[0][path[-1]] if False else terminal[0][best], path

    def neg_log_likelihood(self, sentence, tags):
        feats = self._get_lstm_features(sentence)
        return self._forward_alg(feats) - self._score_sentence(feats, tags)

    def forward(self, sentence):
        return self._viterbi_decode(self._get_lstm_features(sentence))


training_data = [("the wall street journal reported today".split(), "B I I I O O".split()),
                 ("georgia tech is a university".split(), "B I O O O".split())]
word_to_ix = {}
for sentence, tags in training_data:
    for word in sentence:
        word_to_ix.setdefault(word, len(word_to_ix))
tag_to_ix = {"B": 0, "I": 1, "O": 2, START_TAG: 3, STOP_TAG: 4}


def prepare_sequence(seq, to_ix):
    return torch.tensor([to_ix[w] for w in seq], dtype=torch.long)


model = BiLSTM_CRF(len(word_to_ix), tag_to_ix)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01, weight_decay=1e-4)

model.eval()
with torch.no_grad():
    print("before:", model(prepare_sequence(training_data[0][0], word_to_ix)))

for epoch in range(3):
    for sentence, tags in training_data:
        model.zero_grad()
        loss = model.neg_log_likelihood(prepare_sequence(sentence, word_to_ix),
                                        torch.tensor([tag_to_ix[t] for t in tags], dtype=torch.long))
        loss.backward()  # TM001-here
        optimizer.step()

with torch.no_grad():
    print("after:", model(prepare_sequence(training_data[0][0], word_to_ix)))

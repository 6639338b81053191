import torch


class LanguageModelingTask:
    """fairseq-style task: the task, not the trainer, owns train_step and valid_step."""

    def __init__(self, vocab_size=16, pad=0):
        self.vocab_size = vocab_size
        self.pad = pad

    def build_model(self, args):
        from models.lstm_lm import LSTMLanguageModel
        return LSTMLanguageModel.build_model(args, self)

    def train_step(self, sample, model, criterion, optimizer, update_num, ignore_grad=False):
        model.train()
        model.set_num_updates = update_num
        loss, sample_size, logging_output = criterion(model, sample)
        if ignore_grad:
            loss *= 0
        optimizer.backward(loss)
        return loss, sample_size, logging_output

    def valid_step(self, sample, model, criterion):
        model.eval()
        with torch.no_grad():
            loss, sample_size, logging_output = criterion(model, sample)
        return loss, sample_size, logging_output

    def get_batch_iterator(self, n, seed):
        g = torch.Generator().manual_seed(seed)
        for _ in range(n):
            toks = torch.randint(1, self.vocab_size, (4, 7), generator=g)
            yield {"net_input": {"src_tokens": toks[:, :-1]}, "target": toks[:, 1:], "ntokens": toks[:, 1:].numel()}

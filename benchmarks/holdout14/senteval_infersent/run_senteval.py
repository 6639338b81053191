# expect: crash
"""SentEval-style driver: an InferSent BiLSTM-max encoder is evaluated on probing tasks through `prepare`/`batcher`
callbacks, then the same encoder is fine-tuned end-to-end on a transfer task."""
import torch
from models.infersent import InferSent
from senteval.engine import SE
from senteval.transfer import finetune_on_task

params_senteval = {"task_path": None, "usepytorch": True, "kfold": 2, "batch_size": 4}


def prepare(params, samples):
    vocab = sorted({w for s in samples for w in s})
    params.word2id = {w: i + 1 for i, w in enumerate(vocab)}
    params.infersent.build_vocab(len(vocab) + 1)


def batcher(params, batch):
    params.infersent.eval()
    with torch.no_grad():
        ids = params.infersent.encode_words(batch, params.word2id)
        return params.infersent(ids)


if __name__ == "__main__":
    torch.manual_seed(0)
    params_senteval["infersent"] = InferSent({"word_emb_dim": 8, "enc_lstm_dim": 6})
    se = SE(params_senteval, batcher, prepare)
    results = se.eval(["Length", "WordContent"])
    print(results)
    finetune_on_task(se.params.infersent, se.params.word2id, se.samples)

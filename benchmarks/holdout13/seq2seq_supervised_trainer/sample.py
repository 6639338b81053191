# expect: clean
"""IBM pytorch-seq2seq style: SupervisedTrainer, Evaluator and Predictor share one Seq2seq model. The Predictor
calls model.eval() to print a sample translation after each epoch and the Evaluator does too, but
SupervisedTrainer._train_epoches calls model.train(True) at the top of every epoch *and* again after the
evaluator runs, before the next batch's forward."""
import torch

from seq2seq.models import EncoderRNN, DecoderRNN, Seq2seq
from seq2seq.trainer import SupervisedTrainer
from seq2seq.evaluator import Predictor

VOCAB = 15


def batches(n):
    return [(torch.randint(0, VOCAB, (3, 5)), torch.randint(0, VOCAB, (3, 6))) for _ in range(n)]


seq2seq = Seq2seq(EncoderRNN(VOCAB, 10, rnn_cell="lstm"), DecoderRNN(VOCAB, 10, rnn_cell="lstm"))
predictor = Predictor(seq2seq)
t = SupervisedTrainer(print_every=2, callbacks=[lambda epoch: print(epoch, predictor.predict([1, 2, 3]))])
seq2seq = t.train(seq2seq, batches(4), num_epochs=2, dev_data=batches(1))
print("done")

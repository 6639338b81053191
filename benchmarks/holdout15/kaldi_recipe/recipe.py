# expect: crash
"""pytorch-kaldi style config-driven recipe. The [exp] section lists the chunk
jobs to run; each job runs `run_nn` on the shared network dict. The validation
chunk is listed before the second training chunk, and `run_nn` only switches
the networks to train mode when the job is the *first* training chunk.
"""
import configparser

import torch

from core.nnet import build_nets
from core.run import run_nn

CFG = """
[architecture1]
arch_name = MLP_layers1
arch_class = MLP
arch_lr = 0.01
dnn_lay = 16

[architecture2]
arch_name = LSTM_cudnn_layers
arch_class = LSTM
arch_lr = 0.01
lstm_lay = 12
lstm_layers = 2

[model]
model = out_dnn1=compute(MLP_layers1,mfcc)
    out_lstm=compute(LSTM_cudnn_layers,out_dnn1)
    loss_final=cost_nll(out_lstm,lab_cd)

[exp]
seed = 1234
chunks = train:0,valid:0,train:1
n_out = 10
"""


def main():
    config = configparser.ConfigParser()
    config.read_string(CFG)
    torch.manual_seed(config.getint("exp", "seed"))
    nns, optimizers = build_nets(config, feat_dim=13, n_out=config.getint("exp", "n_out"))
    first_train_done = False
    for job in config["exp"]["chunks"].split(","):
        to_do, chunk = job.split(":")
        loss = run_nn(to_do, int(chunk), nns, optimizers, config, first_chunk=not first_train_done)
        if to_do == "train":
            first_train_done = True
        print(f"{to_do} chunk {chunk}: loss={loss:.3f}")


if __name__ == "__main__":
    main()

# expect: clean
import logging
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from dredge import DredgeNet, Trainer  # noqa: E402

logging.basicConfig(level=logging.INFO)

if __name__ == "__main__":
    trainer = Trainer(DredgeNet(), epochs=2)
    trainer.fit()

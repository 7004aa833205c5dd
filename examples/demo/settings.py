# A small service config written in a hurry. Run `npx vouch scan examples/demo` to see what Vouch thinks.
import os

DEBUG = False
DATABASE_HOST = "db.internal"
DATABASE_PASSWORD = "Tr0ub4dor-and-3-horses"   # invented for this demo; Vouch flags it
API_TOKEN = os.environ["API_TOKEN"]              # read from the environment: fine

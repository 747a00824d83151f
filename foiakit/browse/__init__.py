"""`foiakit browse`: the store in Datasette, with the reporter's canned queries and page pictures."""

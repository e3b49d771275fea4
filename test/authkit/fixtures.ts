// Response bodies shaped like the OpenAPI examples of UserlandAuthenticateResponse.
export const USER = {
  object: 'user',
  id: 'user_01E4ZCR3C56J083X43JQXF3JK5',
  email: 'marcelina.davis@example.com',
  email_verified: true,
  first_name: 'Marcelina',
  last_name: 'Davis',
  profile_picture_url: null,
  external_id: null,
  last_sign_in_at: '2021-06-25T19:07:33.155Z',
  created_at: '2021-06-25T19:07:33.155Z',
  updated_at: '2021-06-25T19:07:33.155Z',
};

export const AUTH_RESPONSE = {
  user: USER,
  organization_id: 'org_01H945H0YD4F97JN9MATX7BYAG',
  access_token: 'eyJhb.nNzb19vaWRjX2tleV9.lc5Uk4yWVk5In0',
  refresh_token: 'yAjhKk123NLIjdrBdGZPf8pLIDvK',
  authentication_method: 'Password',
};
